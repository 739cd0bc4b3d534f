"""The quiz as ipywidgets, for a live kernel (Jupyter, Binder, Colab, JupyterHub)."""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from .bank import Bank, Question
from .grading import AnswerError, grade


class QuestionWidget(widgets.VBox):
    """One question: its controls, a Check button and a feedback area."""

    def __init__(self, number: int, question: Question, words: dict[str, str], on_result) -> None:
        self.question = question
        self.words = words
        self._on_result = on_result
        prompt = widgets.HTML(f"<b>{escape(words['question_label'].format(n=number))}.</b> {escape(question.prompt)}")
        self.dropdowns: list[widgets.Dropdown] = []  # matching: one per item
        self.control = self._make_control()
        self.check_button = widgets.Button(description=words["check"], tooltip=words["check"])
        self.check_button.on_click(lambda _: self.check())
        self.feedback = widgets.HTML()
        parts = [prompt]
        if question.type == "multiple":
            parts.append(widgets.HTML(f"<i>{escape(words['choose_all'])}</i>"))
        super().__init__(parts + [self.control, self.check_button, self.feedback])

    def _make_control(self):
        layout = widgets.Layout(width="auto")
        q, words = self.question, self.words
        if q.type == "numeric":
            return widgets.Text(
                description=words["your_answer"], placeholder=q.unit or "", style={"description_width": "initial"}
            )
        if q.type == "matching":
            # One Dropdown per item, under the item's words; each choice's value is its bank index.
            choices = [(text, i) for i, text in q.ordered_choices()]
            self.dropdowns = [widgets.Dropdown(options=choices, value=None, layout=layout) for _ in q.items]
            return widgets.VBox(
                [
                    widgets.VBox([widgets.HTML(escape(item.text)), dropdown])
                    for item, dropdown in zip(q.items, self.dropdowns, strict=True)
                ]
            )
        if q.type == "multiple":
            return widgets.VBox(
                [widgets.Checkbox(description=o.text, indent=False, layout=layout) for o in q.ordered_options()]
            )
        labels = (
            [words["answer_true"], words["answer_false"]]
            if q.type == "true_false"
            else [o.text for o in q.ordered_options()]
        )
        return widgets.RadioButtons(options=labels, index=None, layout=layout)

    def response(self):
        q = self.question
        if q.type == "numeric":
            return self.control.value
        if q.type == "matching":
            return [dropdown.value for dropdown in self.dropdowns]
        # Options are shown in the shuffled order (quiz/order.py) but marked by their bank index.
        if q.type == "multiple":
            return {q.display_order()[k] for k, box in enumerate(self.control.children) if box.value}
        index = self.control.index
        if q.type == "true_false":
            return None if index is None else index == 0
        return None if index is None else q.display_order()[index]

    def check(self) -> None:
        try:
            result = grade(self.question, self.response(), self.words)
        except AnswerError as problem:
            self.feedback.value = f"<p>{escape(self.words[str(problem)])}</p>"
            return
        verdict = ("\u2713 " + self.words["correct"]) if result.correct else ("\u2717 " + self.words["incorrect"])
        lines = "".join(f"<p>{escape(text)}</p>" for text in result.feedback)
        self.feedback.value = f"<div><p><b>{escape(verdict)}</b></p>{lines}</div>"
        self._on_result(self.question.id, result.correct)

    def clear(self) -> None:
        if self.question.type == "numeric":
            self.control.value = ""
        elif self.question.type == "multiple":
            for box in self.control.children:
                box.value = False
        elif self.question.type == "matching":
            for dropdown in self.dropdowns:
                dropdown.value = None
        else:
            self.control.index = None
        self.feedback.value = ""


class QuizWidget(widgets.VBox):
    """A whole bank: its questions, a running score and a button to start again."""

    def __init__(self, bank: Bank, words: dict[str, str]) -> None:
        self.bank = bank
        self.words = words
        self.results: dict[str, bool] = {}
        self.questions = [QuestionWidget(n, q, words, self._record) for n, q in enumerate(bank.questions, start=1)]
        self.score = widgets.HTML()
        self.reset_button = widgets.Button(description=words["reset"], tooltip=words["reset"])
        self.reset_button.on_click(lambda _: self.reset())
        title = widgets.HTML(f"<h3>{escape(bank.title)}</h3>")
        super().__init__([title, *self.questions, self.score, self.reset_button])

    def _record(self, question_id: str, correct: bool) -> None:
        self.results[question_id] = correct
        self.score.value = f"<b>{escape(self.score_text())}</b>"

    def score_text(self) -> str:
        correct = sum(self.results.values())
        return self.words["score"].format(correct=correct, total=len(self.bank.questions))

    def reset(self) -> None:
        self.results.clear()
        for question in self.questions:
            question.clear()
        self.score.value = escape(self.words["cleared"])
