"""A PNG bar chart of every system's Raw figures beside the paper's anchors."""

from __future__ import annotations

from pathlib import Path

from testdraft.evaluation.anchors import PAPER_HUMANEVAL_RAW
from testdraft.evaluation.harness import Evaluation
from testdraft.evaluation.settings import Setting

METRICS = ("passing", "coverage", "mutation")


def write_chart(evaluation: Evaluation, path: Path, setting: Setting = Setting.RAW) -> Path:
    import matplotlib

    matplotlib.use("Agg")  # no display; must precede pyplot
    import matplotlib.pyplot as plt

    # (label, values, is_paper, colour): a scored anchor's paper bar (hatched) sits beside
    # ours in the same colour; with no anchor scored, every anchor is shown for reference.
    bars: list[tuple[str, list[float], bool, int]] = []
    colour = 0
    if not any(s.paper for s in evaluation.systems):
        for figures in PAPER_HUMANEVAL_RAW.values():
            values = [figures.passing, figures.coverage, figures.mutation]
            bars.append((f"{figures.system} (paper)", values, True, colour))
            colour += 1
    for score in evaluation.systems:
        summary = score.summaries.get(setting)
        if summary is None:
            continue
        if score.paper is not None:
            paper = [score.paper.passing, score.paper.coverage, score.paper.mutation]
            bars.append((f"{score.paper.system} (paper)", paper, True, colour))
        values = [summary.passing, summary.coverage, summary.mutation]
        bars.append((f"{score.label}, {score.mode.value}, this harness", values, False, colour))
        colour += 1

    figure, axes = plt.subplots(figsize=(max(9.0, 0.9 * len(bars) + 6), 4.5))
    width = 0.8 / max(len(bars), 1)
    # tab10 while it has a colour per system, else tab20 (no two systems share a colour).
    palette = plt.get_cmap("tab10" if colour <= 10 else "tab20")
    for index, (label, values, is_paper, colour) in enumerate(bars):
        offsets = [m + (index - (len(bars) - 1) / 2) * width for m in range(len(METRICS))]
        axes.bar(offsets, values, width, label=label, hatch="//" if is_paper else None,
                 color=palette(colour % palette.N), alpha=0.55 if is_paper else 1.0,
                 edgecolor="black", linewidth=0.5)
    axes.set_xticks(range(len(METRICS)), [m.capitalize() for m in METRICS])
    axes.set_ylabel("%")
    axes.set_ylim(0, 100)
    axes.set_title(f"{evaluation.dataset}, setting {setting.label}: ours vs published anchors")
    axes.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0))
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path
