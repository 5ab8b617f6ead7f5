"""Validation of suggested tests: sandboxed runs, coverage, mutation score, reward.

    engine.validate_suite / engine.validate_asserts   the entry points (a ValidationReport)
    rank.rank_candidates                              keep the best of several candidates
    reward.seed_reward / reward.test_quality          the one reward (ranking, eval, RL)
    summary.summary_text / summary.survivors_text     a report in words (the editor's
                                                      diagnostics and lenses: lsp/presentation)
    cache.ValidationCache                             reports by content hash

Untrusted tests only run in worker processes (`worker/`, started by `sandbox` and
`spawner`). This package's __init__ imports nothing: the workers import from it too.
"""
