"""One JSON Lines record, checked against a declared model before anything reads it."""

from __future__ import annotations

import json
from typing import Annotated

from pydantic import AfterValidator, AliasChoices, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from pydantic_core import PydanticCustomError

from newsledger.ingest.article import LONE_SURROGATE


class BadRecord(ValueError):
    """A line that is not a usable record; the message is the one-line reason."""


def _whole_characters(value: str) -> str:
    # json.loads turns "\ud800" into a str that no database or file can encode: the line is malformed.
    found = LONE_SURROGATE.search(value)
    if found:
        raise PydanticCustomError(
            "lone_surrogate",
            "contains a lone surrogate U+{code} at character {at} (not valid Unicode)",
            {"code": f"{ord(found.group()):04X}", "at": found.start() + 1},
        )
    return value


Text = Annotated[str, AfterValidator(_whole_characters)]


def _one_author_as_list(value: object) -> object:
    return [value] if isinstance(value, str) else value


class Record(BaseModel):
    """The fields newsledger reads from a JSON Lines line; other keys are ignored.

    Strict: a number is not a title, a list is not a URL. `text` wins over `html` when both have content."""

    model_config = ConfigDict(strict=True, extra="ignore")

    text: Text | None = None
    html: Text | None = None
    title: Text | None = None
    url: Text | None = None
    outlet: Text | None = None
    # "date" is what many scrapers and feeds call it; "published" wins when a line has both
    published: Text | None = Field(None, description="a date, ISO or written",
                                   validation_alias=AliasChoices("published", "date"))
    authors: Annotated[list[Text], BeforeValidator(_one_author_as_list)] = Field(
        default_factory=list, description="a string or a list of strings"
    )


def read_record(line: str) -> Record:
    """The record on one JSON Lines line; raises BadRecord with a one-line reason naming the field and problem."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as e:
        # Some of json's messages end in "at" as they precede the position ("Invalid control character at").
        raise BadRecord(f"not valid JSON ({e.msg.removesuffix(' at')} at column {e.colno})") from None
    except RecursionError:
        raise BadRecord("not valid JSON (nested too deeply)") from None
    except ValueError as e:  # an integer of more than 4300 digits: "Exceeds the limit (4300 digits) for ..."
        raise BadRecord(f"not valid JSON ({str(e).split(':')[0]})") from None
    if not isinstance(value, dict):
        raise BadRecord("not a JSON object")
    try:
        return Record.model_validate(value)
    except ValidationError as e:
        raise BadRecord(_reason(e)) from None


def _reason(error: ValidationError) -> str:
    """'field 'authors' (a string or a list of strings): item 2: Input should be a valid string, not int'."""
    first = error.errors()[0]
    name, *inner = first["loc"]  # the key as the line spells it: an alias ("date") names no field of its own
    field = Record.model_fields.get(name) or next(f for f in Record.model_fields.values()
                                                  if f.validation_alias and name in f.validation_alias.choices)
    described = field.description
    where = f"field '{name}'" + (f" ({described})" if described else "")
    where += "".join(f": item {part + 1}" for part in inner if isinstance(part, int))
    if first["type"].endswith("_type"):
        return f"{where}: {first['msg']}, not {type(first['input']).__name__}"
    return f"{where}: {first['msg']}"
