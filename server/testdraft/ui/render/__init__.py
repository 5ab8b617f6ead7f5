"""Stage 4, render: a mapped test as a pytest module for Playwright or Selenium."""


from testdraft.ui.render.frameworks import FRAMEWORKS, render, with_base_url

__all__ = ["FRAMEWORKS", "render", "with_base_url"]
