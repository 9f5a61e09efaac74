"""`show_if` conditions: when a question is shown, and when a contra-indication applies.

A condition is JSON in the content files, in one of these forms:

    {"question": "q_id", "equals": "ja"}
    {"question": "q_id", "in": ["uitstellen", "doorverwijzen"]}
    {"question": "q_id", "any_of": ["anders"]}        # multiple choice: one of these chosen
    {"all": [<condition>, ...]}                       # every condition holds
    {"any": [<condition>, ...]}                       # at least one condition holds

A condition on a question without an answer is false.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias

from samenleren_desktop.model.content.answers import AnswerValue

ConditionValue: TypeAlias = str | int | float


@dataclass(frozen=True)
class Equals:
    """The answer to `question` equals `value`."""

    question: str
    value: ConditionValue

    def holds(self, answers: Mapping[str, AnswerValue]) -> bool:
        answer = answers.get(self.question)
        return answer is not None and not isinstance(answer, list | dict) and answer == self.value


@dataclass(frozen=True)
class In:
    """The answer to `question` is one of `values`."""

    question: str
    values: tuple[ConditionValue, ...]

    def holds(self, answers: Mapping[str, AnswerValue]) -> bool:
        answer = answers.get(self.question)
        return answer is not None and not isinstance(answer, list | dict) and answer in self.values


@dataclass(frozen=True)
class AnyOf:
    """At least one of `values` is chosen in the multiple-choice answer to `question`."""

    question: str
    values: tuple[str, ...]

    def holds(self, answers: Mapping[str, AnswerValue]) -> bool:
        answer = answers.get(self.question)
        return isinstance(answer, list) and any(value in answer for value in self.values)


@dataclass(frozen=True)
class AllOf:
    """Every one of `conditions` holds."""

    conditions: tuple[Condition, ...]

    def holds(self, answers: Mapping[str, AnswerValue]) -> bool:
        return all(condition.holds(answers) for condition in self.conditions)


@dataclass(frozen=True)
class AnyCondition:
    """At least one of `conditions` holds."""

    conditions: tuple[Condition, ...]

    def holds(self, answers: Mapping[str, AnswerValue]) -> bool:
        return any(condition.holds(answers) for condition in self.conditions)


Condition: TypeAlias = Equals | In | AnyOf | AllOf | AnyCondition


def referenced_questions(condition: Condition) -> Iterator[str]:
    """Every question id the condition looks at."""
    if isinstance(condition, AllOf | AnyCondition):
        for part in condition.conditions:
            yield from referenced_questions(part)
    else:
        yield condition.question


def parse_condition(raw: Mapping[str, Any]) -> Condition:
    """Build a condition from its JSON form; the content must have passed the checks."""
    if "all" in raw:
        return AllOf(tuple(parse_condition(part) for part in raw["all"]))
    if "any" in raw:
        return AnyCondition(tuple(parse_condition(part) for part in raw["any"]))
    question = str(raw["question"])
    if "equals" in raw:
        return Equals(question, _scalar(raw["equals"]))
    if "in" in raw:
        return In(question, tuple(_scalar(value) for value in raw["in"]))
    return AnyOf(question, tuple(str(value) for value in raw["any_of"]))


def _scalar(value: Any) -> ConditionValue:
    if isinstance(value, int | float):
        return value
    return str(value)
