from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
DEV = EVAL / "dev"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden/*.json from the current output.")


@pytest.fixture
def update_golden(request):
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def dev_dir():
    if not DEV.is_dir():
        pytest.skip("../shared/eval/dev not present (a user's fresh clone has no ../shared)")
    return DEV


def _eval_dir(name: str) -> Path:
    path = EVAL / name
    if not path.is_dir():
        pytest.skip(f"../shared/eval/{name} not present (a user's fresh clone has no ../shared)")
    return path


@pytest.fixture(scope="session")
def train_dir():
    return _eval_dir("train")


@pytest.fixture(scope="session")
def val_dir():
    """Figures only: the tests read the aggregate scores, never the articles (see issue 13)."""
    return _eval_dir("val")


# -- test tiers ------------------------------------------------------------------------------
# `make test` runs the fast tier (-m "not slow"), `make test-all` and .ci/run every tier.
# Slow = over ~2 s each when measured with `pytest -n 2 --durations=100` on this 2-core machine
# (2026-12-02): CLI subprocesses, real servers, Dask clusters, whole-pipeline hypothesis runs,
# accuracy over whole sets. A few CLI and property tests stay fast on purpose, as smoke tests.
SLOW_MODULES = {"test_batch.py", "test_batch_faults.py", "test_bench.py", "test_hostile.py"}
SLOW_TESTS = {
    "test_accuracy.py": {"test_field_floor", "test_attributes_and_grounding", "test_years_targets",
                         "test_own_field_floor", "test_own_attributes_and_years"},
    "test_cli_extract.py": {
        "test_bad_inputs_yield_error_records_dir", "test_bad_inputs_yield_error_records_jsonl",
        "test_bom_and_crlf_inputs_are_grounded", "test_dedup_suffix_does_not_collide_with_real_stem",
        "test_directory_input_recurses_into_txt_only", "test_extract_seed_to_dir_is_pretty_utf8",
        "test_extract_seed_validates_against_schema_command", "test_extract_seed_validates_against_schema_file",
        "test_jsonl_one_document_per_line_in_input_order", "test_names_colliding_after_sanitizing_do_not_overwrite",
        "test_odd_file_names_stay_inside_output_dir", "test_same_stem_in_different_dirs_does_not_overwrite",
        "test_single_bad_input_exit_1", "test_stdin_to_stdout_jsonl_id_is_sha256_prefix",
        "test_traversal_like_stem_given_directly",
    },
    "test_concurrency.py": {"test_eight_threads_get_the_sequential_results"},
    "test_properties.py": {"test_mutated_seed_never_raises_and_stays_grounded"},
    "test_resources.py": {"test_trie_alternation_matches_like_the_flat_one"},
    "test_server.py": {
        "test_concurrent_requests_on_a_fresh_server", "test_concurrent_varied_requests_get_their_results_alone",
        "test_disconnected_client_extraction_is_abandoned", "test_disconnected_client_batch_stops",
        "test_health_answers_while_extraction_is_saturated_and_more_gets_503",
        "test_library_first_extract_in_threads_is_safe", "test_schemathesis_finds_no_server_error",
        "test_serve_without_the_serve_extra_says_what_to_install", "test_stalled_upload_gets_408",
        "test_workers_exit_when_the_parent_is_killed", "test_worker_processes_get_the_limits",
    },
    "test_spacy.py": {"test_factories_registered_by_entry_point"},
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        module = item.path.name
        if module in SLOW_MODULES or getattr(item, "originalname", item.name) in SLOW_TESTS.get(module, ()):
            item.add_marker(pytest.mark.slow)
