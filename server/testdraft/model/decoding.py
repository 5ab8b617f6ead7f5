"""Token generation for local models: sampling knobs, early stop, cancellation, streaming.

`stream_completions` yields each candidate as soon as it is complete, not when the whole
batch is: candidate 0 runs alone with prompt-lookup decoding (which transformers supports
for one sequence only) so the first suggestion arrives early; the other candidates are
sampled together in one batch, sharing each forward pass.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from testdraft.cancellation import NEVER_CANCELLED, Cancelled, CancelToken

log = logging.getLogger(__name__)

# Given the generated text so far, where the answer ends (None: not complete yet).
FindEnd = Callable[[str], int | None]


@dataclass(frozen=True)
class DecodingOptions:
    """How to sample: the model settings' knobs, as the decoding loop reads them."""

    temperature: float = 0.2
    top_p: float = 0.95
    max_new_tokens: int = 256
    num_candidates: int = 4
    prompt_lookup_tokens: int = 3
    seed: int | None = None

    @property
    def greedy(self) -> bool:
        return self.temperature == 0


@dataclass(frozen=True)
class Completion:
    index: int
    text: str  # generated text, cut where the answer ended
    tokens: int  # tokens generated for this candidate (including any cut-off tail)
    finish: str  # "stop" (answer complete), "eos", "length"
    seconds: float  # from the start of the request until this candidate was complete
    token_ids: tuple[int, ...] = ()  # local models: the generated ids, up to the stop


def sampling_kwargs(options: DecodingOptions) -> dict[str, Any]:
    if options.greedy:
        return {"do_sample": False, "temperature": None, "top_p": None, "top_k": None}
    return {
        "do_sample": True,
        "temperature": options.temperature,
        "top_p": options.top_p,
        "top_k": None,
    }


class _RowWatcher:
    """A StoppingCriteria that ends each row when its answer is complete.

    Also polls the cancel token on every step, so cancellation ends generation after at
    most one more forward pass, and reports finished rows through `on_finish` while the
    other rows are still running.
    """

    def __init__(
        self,
        tokenizer: Any,
        prompt_length: int,
        find_end: FindEnd,
        cancel: CancelToken,
        on_finish: Callable[[int, str, list[int], str], None],
        first_index: int,
    ) -> None:
        self.tokenizer = tokenizer
        self.prompt_length = prompt_length
        self.find_end = find_end
        self.cancel = cancel
        self.on_finish = on_finish
        self.first_index = first_index
        self.stop_ids = _stop_token_ids(tokenizer)
        self.done: set[int] = set()

    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
        import torch

        rows = input_ids.shape[0]
        if self.cancel.cancelled:
            return torch.ones(rows, dtype=torch.bool, device=input_ids.device)
        finished = torch.zeros(rows, dtype=torch.bool, device=input_ids.device)
        for row in range(rows):
            if row in self.done:
                finished[row] = True
                continue
            new_ids = input_ids[row, self.prompt_length :].tolist()
            stop_at = next((i for i, t in enumerate(new_ids) if t in self.stop_ids), None)
            text = self.tokenizer.decode(new_ids[:stop_at], skip_special_tokens=True)
            end = self.find_end(text)
            if end is not None:
                self._finish(row, text[:end], new_ids, "stop")
                finished[row] = True
            elif stop_at is not None:
                self._finish(row, text, new_ids[: stop_at + 1], "eos")
                finished[row] = True
        return finished

    def _finish(self, row: int, text: str, ids: list[int], finish: str) -> None:
        self.done.add(row)
        self.on_finish(self.first_index + row, text, ids, finish)

    def finish_rest(self, sequences: Any) -> None:
        """Rows still open when generate returned ran out of tokens."""
        for row in range(sequences.shape[0]):
            if row not in self.done:
                new_ids = sequences[row, self.prompt_length :].tolist()
                while new_ids and new_ids[-1] in self.stop_ids:  # padding after a stop
                    new_ids.pop()
                text = self.tokenizer.decode(new_ids, skip_special_tokens=True)
                end = self.find_end(text)
                self._finish(row, text if end is None else text[:end], new_ids,
                             "length" if end is None else "stop")


def _stop_token_ids(tokenizer: Any) -> set[int]:
    ids = {tokenizer.eos_token_id, tokenizer.pad_token_id}
    for token in ("<|im_end|>", "<|endoftext|>"):
        token_id = tokenizer.convert_tokens_to_ids(token)
        if isinstance(token_id, int) and token_id != tokenizer.unk_token_id:
            ids.add(token_id)
    return {i for i in ids if i is not None}


def stream_completions(
    model: Any,
    tokenizer: Any,
    prompt_text: str,
    options: DecodingOptions,
    find_end: FindEnd,
    cancel: CancelToken = NEVER_CANCELLED,
    device: str = "cpu",
    find_first_end: FindEnd | None = None,
) -> Iterator[Completion]:
    """Generate `options.num_candidates` continuations, yielding each once complete.

    `find_first_end` (default `find_end`) ends candidate 0: a shorter answer there puts
    the first suggestion in front of the user sooner.

    Raises Cancelled when `cancel` fires; generation stops within one forward pass.
    """
    cancel.raise_if_cancelled()
    results: queue.Queue[Completion | BaseException | None] = queue.Queue()
    stop_worker = LinkedCancel(cancel)
    started = time.perf_counter()

    def report(index: int, text: str, ids: list[int], finish: str) -> None:
        elapsed = time.perf_counter() - started
        results.put(Completion(index, text, len(ids), finish, elapsed, tuple(ids)))

    def work() -> None:
        try:
            _run_rounds(model, tokenizer, prompt_text, options, find_end,
                        find_first_end or find_end, stop_worker, report, device)
        except BaseException as error:  # handed to the consumer thread, re-raised there
            results.put(error)
        finally:
            results.put(None)

    worker = threading.Thread(target=work, name="testdraft-generate", daemon=True)
    worker.start()
    try:
        while True:
            item = results.get()
            if item is None:
                break
            if isinstance(item, BaseException):
                raise item
            if cancel.cancelled:
                break
            yield item
    finally:
        # The consumer stopped early (or was cancelled): let the worker wind down.
        stop_worker.cancel()
        worker.join()
    cancel.raise_if_cancelled()


@contextlib.contextmanager
def _interrupt_between_layers(model: Any, cancel: CancelToken) -> Iterator[None]:
    """Check the cancel token before every decoder layer.

    The stopping criteria only run between forward passes; a long prompt's first pass
    can take seconds on a CPU, so cancellation also interrupts inside a pass.
    """

    def check(module: Any, args: Any) -> None:
        cancel.raise_if_cancelled()

    handles = [layer.register_forward_pre_hook(check) for layer in _decoder_layers(model)]
    try:
        yield
    finally:
        for handle in handles:
            handle.remove()


def _decoder_layers(model: Any) -> list[Any]:
    import torch

    # The longest ModuleList is the stack of transformer blocks in every HF causal LM.
    longest: list[Any] = [model]
    for module in model.modules():
        if isinstance(module, torch.nn.ModuleList) and len(module) > len(longest):
            longest = list(module)
    return longest


class LinkedCancel(CancelToken):
    """Cancelled when the parent token is, or when cancelled itself (consumer gone,
    request pre-empted by a newer one)."""

    def __init__(self, parent: CancelToken) -> None:
        super().__init__()
        self.parent = parent

    @property
    def cancelled(self) -> bool:
        return self.parent.cancelled or super().cancelled


def _run_rounds(
    model: Any,
    tokenizer: Any,
    prompt_text: str,
    options: DecodingOptions,
    find_end: FindEnd,
    find_first_end: FindEnd,
    cancel: CancelToken,
    report: Callable[[int, str, list[int], str], None],
    device: str,
) -> None:
    import torch

    if options.seed is not None:
        torch.manual_seed(options.seed)
    healed = heal_prompt(tokenizer, prompt_text)
    encoded = tokenizer(healed.text, return_tensors="pt").to(device)
    heal = healed.generate_kwargs(encoded["input_ids"].shape[1])
    find_end, find_first_end = healed.unhealed(find_end), healed.unhealed(find_first_end)

    def report_unhealed(index: int, text: str, ids: list[int], finish: str) -> None:
        report(index, text.removeprefix(healed.piece), ids, finish)

    # Greedy decoding gives the same answer every time: one candidate is enough.
    remaining = 1 if options.greedy else options.num_candidates
    first = 0
    if options.prompt_lookup_tokens:
        _generate(model, tokenizer, encoded, options, find_first_end, cancel, report_unhealed,
                  first, 1, {"prompt_lookup_num_tokens": options.prompt_lookup_tokens, **heal})
        first, remaining = 1, remaining - 1
    if remaining > 0 and not cancel.cancelled:
        _generate(model, tokenizer, encoded, options, find_end, cancel, report_unhealed, first,
                  remaining, heal)


@dataclass(frozen=True)
class HealedPrompt:
    """A prompt whose last token was taken back so the model writes it as it likes.

    A prompt ending in the middle of a word (the pre-filled `def test_`) ends on a token
    the model rarely saw there: in training text `_` is glued to the name after it
    (`_longest`), so an adapter trained on whole answers writes `def test_ longest` after a
    lone `_`. Taking `_` back and allowing only first tokens that start with it ("token
    healing") lets the model pick `_longest` itself. `piece` is the text taken back.
    """

    text: str
    piece: str = ""
    first_token_ids: tuple[int, ...] = ()

    def generate_kwargs(self, prompt_tokens: int) -> dict[str, Any]:
        """`generate` arguments for `text` encoded as `prompt_tokens` tokens."""
        if not self.piece:
            return {}
        from transformers import LogitsProcessorList

        return {"logits_processor": LogitsProcessorList([_FirstTokenFilter(self.first_token_ids, prompt_tokens)])}

    def unhealed(self, find_end: FindEnd) -> FindEnd:
        """`find_end` on the text as the caller sees it (without the piece taken back)."""
        if not self.piece:
            return find_end

        def find(text: str) -> int | None:
            end = find_end(text.removeprefix(self.piece))
            return None if end is None else end + (len(self.piece) if text.startswith(self.piece) else 0)

        return find


def heal_prompt(tokenizer: Any, prompt_text: str) -> HealedPrompt:
    """Take back the prompt's last token when longer tokens start with its text."""
    ids = tokenizer(prompt_text, add_special_tokens=False)["input_ids"]
    if len(ids) < 2:
        return HealedPrompt(prompt_text)
    piece = tokenizer.decode(ids[-1:])
    if not piece or not prompt_text.endswith(piece):  # a special token, or bytes of a character
        return HealedPrompt(prompt_text)
    allowed = _tokens_starting_with(tokenizer, piece)
    if len(allowed) < 2:  # nothing longer starts with it: the prompt ends on a token boundary
        return HealedPrompt(prompt_text)
    return HealedPrompt(prompt_text[: -len(piece)], piece, allowed)


def _tokens_starting_with(tokenizer: Any, piece: str) -> tuple[int, ...]:
    """Every token whose text starts with `piece`."""
    return tuple(i for i, text in enumerate(token_texts(tokenizer)) if text.startswith(piece))


def token_texts(tokenizer: Any) -> list[str]:
    """The text of every token, decoded once per tokenizer and kept on it.

    Decoding a vocabulary takes about a second on a CPU and cannot be cancelled, so the
    local backend calls this while the model loads, not in the first request.
    """
    vocabulary: list[str] | None = getattr(tokenizer, "_testdraft_token_texts", None)
    if vocabulary is None:
        vocabulary = tokenizer.batch_decode([[i] for i in range(len(tokenizer))])
        tokenizer._testdraft_token_texts = vocabulary
    return vocabulary


class _FirstTokenFilter:
    """A LogitsProcessor: at the first generated position, only the healed piece's tokens."""

    def __init__(self, allowed: tuple[int, ...], prompt_tokens: int) -> None:
        self.allowed = allowed
        self.prompt_tokens = prompt_tokens
        self.mask: Any = None

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        if input_ids.shape[1] != self.prompt_tokens:
            return scores
        import torch

        if self.mask is None or self.mask.shape[-1] != scores.shape[-1]:
            self.mask = torch.full((scores.shape[-1],), float("-inf"), device=scores.device)
            self.mask[[i for i in self.allowed if i < scores.shape[-1]]] = 0.0
        return scores + self.mask


def _generate(
    model: Any,
    tokenizer: Any,
    encoded: Any,
    options: DecodingOptions,
    find_end: FindEnd,
    cancel: CancelToken,
    report: Callable[[int, str, list[int], str], None],
    first_index: int,
    rows: int,
    extra: dict[str, Any],
) -> None:
    import torch
    from transformers import StoppingCriteriaList

    watcher = _RowWatcher(tokenizer, encoded["input_ids"].shape[1], find_end, cancel, report,
                          first_index)
    with torch.inference_mode(), _interrupt_between_layers(model, cancel):
        output = model.generate(
            **encoded,
            max_new_tokens=options.max_new_tokens,
            num_return_sequences=rows,
            stopping_criteria=StoppingCriteriaList([watcher]),
            pad_token_id=tokenizer.pad_token_id,
            use_cache=True,
            **sampling_kwargs(options),
            **extra,
        )
    if cancel.cancelled:
        raise Cancelled("generation cancelled")
    watcher.finish_rest(output)
