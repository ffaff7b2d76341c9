"""What a case is: typed pydantic models, one per case type, joined on ``type``."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    NonNegativeInt,
    PlainSerializer,
    PlainValidator,
    PrivateAttr,
    SerializationInfo,
    TypeAdapter,
    WithJsonSchema,
)

Marketplace = Literal[
    "US", "CA", "MX", "BR", "UK", "DE", "FR", "IT", "ES", "NL", "SE",
    "PL", "BE", "IE", "TR", "AE", "SA", "EG", "IN", "JP", "AU", "SG", "ZA",
]
"""The keys of ``rules/marketplaces.toml``, the truth, spelt out for the type checker and the
JSON Schema; a test holds the two equal."""
Status = Literal["draft", "submitted", "open", "answered", "resolved", "closed"]
AttachmentKind = Literal[
    "screenshot", "invoice", "carrier-proof", "box-label", "shipment-summary",
    "compliance-certificate", "test-report", "trademark-certificate", "plan-of-action",
    "remediation-statement", "sales-history", "letter-of-authorization", "other",
]
ClaimKind = Literal[
    "inbound-lost", "warehouse-lost", "warehouse-damaged", "customer-return",
    "removal-lost", "removal-damaged",
]


_MOMENT: TypeAdapter[dt.datetime] = TypeAdapter(AwareDatetime)
_DAY: TypeAdapter[dt.date] = TypeAdapter(dt.date)


def _day_or_moment(value: Any) -> dt.date:
    """A plain date (``2026-11-20``) stays a day; anything else must be a moment with its
    offset, and fails as one (one M003 that asks for the offset, not two for two readings)."""
    is_day = isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    if is_day or (isinstance(value, str) and len(value) == 10 and value[4:5] == "-"):
        return _DAY.validate_python(value)
    return _MOMENT.validate_python(value)


def _as_written(value: dt.date, info: SerializationInfo) -> dt.date | str:
    return value.isoformat() if info.mode_is_json() else value


DayOrMoment = Annotated[
    dt.date, PlainValidator(_day_or_moment), PlainSerializer(_as_written, return_type=Any),
    WithJsonSchema({"anyOf": [{"type": "string", "format": "date-time"},
                              {"type": "string", "format": "date"}]}),
]
"""A day, or a moment with its time zone offset: when a seller knows only the day."""


def _one_or_many(value: Any) -> Any:
    """Let a manifest write a single ID without brackets: ``order_ids = "123-..."``."""
    return [value] if isinstance(value, str) else value


def _digits_as_text(value: Any) -> Any:
    """Case IDs are all digits, so TOML users naturally write them unquoted."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


IdList = Annotated[list[str], BeforeValidator(_one_or_many)]
CaseId = Annotated[str, BeforeValidator(_digits_as_text)]


class _Strict(BaseModel):
    """Unknown keys are errors: a misspelt field must not be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)  # built when used


class Ids(_Strict):
    order_ids: IdList = Field(
        default_factory=list, description="Amazon order IDs, 123-1234567-1234567"
    )
    asins: IdList = Field(
        default_factory=list, description="ASINs, B0 + 8 characters or an ISBN-10"
    )
    shipment_ids: IdList = Field(
        default_factory=list, description="FBA shipment IDs, FBA + 9 characters"
    )
    gtins: IdList = Field(default_factory=list, description="UPC / EAN / GTIN-14 / ISBN-13")
    fnskus: IdList = Field(default_factory=list, description="FNSKUs, X00 + 7 characters")
    tracking_numbers: IdList = Field(default_factory=list, description="carrier tracking numbers")
    removal_order_ids: IdList = Field(
        default_factory=list, description="removal order IDs, as Manage Removal Orders shows them"
    )
    merchant_token: str | None = Field(default=None, description="the seller's merchant token")


ID_KINDS: tuple[str, ...] = tuple(
    name for name, field in Ids.model_fields.items() if field.annotation == list[str]
)
"""The kinds of ID that name what a case is about: the lists of ``[ids]``. The merchant token
is left out, it names the seller. Every other list of ID kinds is derived from this one."""

if TYPE_CHECKING:
    IdKind = str
else:
    # A Literal made at run time: pydantic still rejects another value and names the kinds
    # in its error, which a type checker cannot follow.
    IdKind = Literal[ID_KINDS]


class Attachment(_Strict):
    path: str = Field(description="path relative to the case folder")
    kind: AttachmentKind
    description: str | None = None


class CaseBase(_Strict):
    """The fields every case type shares (SPEC §2)."""

    json_schema_uri: str | None = Field(
        default=None, alias="$schema",
        description="the JSON Schema editors validate this manifest with (`casecheck schema`)",
    )
    type: str
    marketplace: Marketplace
    subject: str | None = None
    message: str | None = Field(default=None, description="the case body, inline")
    message_file: str | None = Field(
        default=None, description="the case body in a file; default message.md, else message.txt"
    )
    contact_path: list[str] = Field(default_factory=list)
    submit_at: AwareDatetime | None = Field(
        default=None, description="planned submission time; every timing rule is measured at it"
    )
    status: Status = "draft"
    case_id: CaseId | None = None
    submitted_at: AwareDatetime | None = None
    last_reply_at: AwareDatetime | None = None
    prior_cases: list[CaseId] = Field(default_factory=list)
    template: bool = False
    ignore: list[str] = Field(
        default_factory=list, description="rule codes switched off for this case"
    )
    ids: Ids = Field(default_factory=Ids)
    attachments: list[Attachment] = Field(default_factory=list)
    _slots: tuple[tuple[str, str], ...] = PrivateAttr(default=())

    @property
    def slots(self) -> tuple[tuple[str, str], ...]:
        """(field, value) of each optional field the manifest filled with a ``{{ placeholder }}``
        that its type (a date, a time, a number, one of a list of values) cannot hold: such a
        field is left unset, and its slot is a template's, or a draft's unfilled I010."""
        return self._slots

    def with_slots(self, slots: tuple[tuple[str, str], ...]) -> CaseBase:
        """This case, remembering ``slots`` (see :attr:`slots`)."""
        self._slots = slots
        return self


class AccountAppeal(CaseBase):
    type: Literal["account-appeal"]
    deactivated_at: AwareDatetime | None = None
    policy: str | None = Field(default=None, description="the policy or violation cited")
    reason: str | None = None


class CategoryApproval(CaseBase):
    type: Literal["category-approval"]
    category: str | None = None
    brand: str | None = None


class FbaReimbursement(CaseBase):
    type: Literal["fba-reimbursement"]
    claim_kind: ClaimKind
    shipped_at: dt.date | None = Field(
        default=None,
        description="the day the inbound shipment left, or the removal shipment was created",
    )
    delivered_at: dt.date | None = Field(
        default=None,
        description="the day the carrier delivered the shipment: to the fulfilment centre "
                    "(inbound) or back to you (removal)",
    )
    reported_at: dt.date | None = Field(
        default=None, description="the day the inventory ledger reported the loss or damage"
    )
    refunded_at: dt.date | None = Field(default=None, description="the day of the customer refund")
    units_expected: NonNegativeInt | None = None
    units_received: NonNegativeInt | None = None


class ListingReinstatement(CaseBase):
    type: Literal["listing-reinstatement"]
    removed_at: dt.date | None = None
    reason: str | None = None


class BrandDispute(CaseBase):
    type: Literal["brand-dispute"]
    brand: str | None = None
    trademark_number: str | None = None
    trademark_office: str | None = Field(
        default=None, description="USPTO, EUIPO, UKIPO, DPMA, JPO, CNIPA, WIPO, ..."
    )


class TechnicalIssue(CaseBase):
    type: Literal["technical-issue"]
    module: str | None = Field(
        default=None, description="Inventory, Orders, Payments, Reports, ..."
    )
    # A seller often knows only the day an upload began to fail.
    occurred_at: DayOrMoment | None = None


BUILTIN_TYPES: dict[str, type[CaseBase]] = {
    "account-appeal": AccountAppeal,
    "category-approval": CategoryApproval,
    "fba-reimbursement": FbaReimbursement,
    "listing-reinstatement": ListingReinstatement,
    "brand-dispute": BrandDispute,
    "technical-issue": TechnicalIssue,
}

Case = Annotated[
    AccountAppeal | CategoryApproval | FbaReimbursement | ListingReinstatement
    | BrandDispute | TechnicalIssue,
    Field(discriminator="type"),
]
"""Any built-in case, told apart by ``type``."""



@cache
def case_adapter() -> TypeAdapter[CaseBase]:
    """Any built-in case, validated or described at once; built when first asked (the
    schema of every type: a run validates each manifest with its own type's model)."""
    return TypeAdapter(Case)


JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(model: type[CaseBase] | None = None, name: str | None = None) -> dict[str, Any]:
    """The JSON Schema of one case type, or of every built-in type joined on ``type``."""
    schema = case_adapter().json_schema() if model is None else model.model_json_schema()
    title = f"casecheck {name} case" if name else "casecheck case"
    return {"$schema": JSON_SCHEMA_DIALECT, **schema, "title": title}
