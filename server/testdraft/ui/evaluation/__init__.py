"""`testdraft eval --ui`: CodeBLEU against reference tests, locator resolution and browser
pass rate per generator."""


from testdraft.ui.evaluation.codebleu import CodeBleu, code_bleu
from testdraft.ui.evaluation.run import run_ui_eval

__all__ = ["CodeBleu", "code_bleu", "run_ui_eval"]
