"""The register of official web domains and hotlines (`knowledge/official.yaml`), each with the
page that shows it, so the link and number checks only ever name a reviewed fact."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator

from bot.links.urls import ascii_host, registered_domain
from knowledge.schema import Source
from knowledge.yamlfile import load_yaml

REGISTER_FILE = Path(__file__).resolve().parents[2] / "knowledge" / "official.yaml"
Country = Literal["vn", "th", "global"]


class _Sourced(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    source: Source
    reviewed_on: dt.date


class Domain(_Sourced):
    domain: str = Field(min_length=4, description="A registered domain; its subdomains count too.")
    note: str | None = Field(default=None, description="Why a trainer should look at the source again.")

    @field_validator("domain")
    @classmethod
    def _lower(cls, value: str) -> str:
        return value.lower().strip(".")


class Hotline(_Sourced):
    number: str = Field(min_length=3, description="As people write it: '1900 0368', '02 111 1111'.")
    says: str = Field(min_length=10)

    @property
    def digits(self) -> str:
        return "".join(c for c in self.number if c.isdigit())


class Organisation(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str
    name: str
    country: Country
    names: list[str] = Field(default_factory=list, description="Words a look-alike borrows.")
    short_names: list[str] = Field(default_factory=list, description="Matched as whole words only.")
    common_names: list[str] = Field(
        default_factory=list,
        description="Short names that are everyday words too ('line', 'pea'): whole words, and only "
        "next to a word scammers add or on an ending scammers buy.",
    )
    everyday_names: list[str] = Field(
        default_factory=list,
        description="Short names that are everyday words in every language ('bot'): whole words only, "
        "next to the organisation's country ('th') and a word scammers add, on an ending scammers buy, a "
        "free host or in front of someone else's site.",
    )
    app_store: bool = Field(
        default=False, description="An official app store: app files there are not red flags."
    )
    domains: list[Domain] = Field(default_factory=list)
    hotlines: list[Hotline] = Field(default_factory=list)

    @property
    def main_domain(self) -> str | None:
        return self.domains[0].domain if self.domains else None


class Register(BaseModel):
    organisations: list[Organisation]

    def official_domain(self, host: str) -> tuple[Organisation, Domain] | None:
        """The organisation whose domain `host` is, or is a subdomain of.

        Only a host bought under the same registered domain can be official: the public suffix list
        decides where the bought part ends, so "krungthai.com.secure-th.online" (bought as
        secure-th.online) never passes for krungthai.com, whatever it starts with.
        """
        host = ascii_host(host.lower().strip("."))
        bought = registered_domain(host)
        for org in self.organisations:
            for domain in org.domains:
                under = host == domain.domain or host.endswith("." + domain.domain)
                if under and bought and bought == registered_domain(domain.domain):
                    return org, domain
        return None

    def hotline(self, digits: str) -> tuple[Organisation, Hotline] | None:
        for org in self.organisations:
            for line in org.hotlines:
                if line.digits == digits:
                    return org, line
        return None

    @property
    def imitable(self) -> list[Organisation]:
        """Organisations a look-alike can be measured against: those with a sourced domain."""
        return [
            org
            for org in self.organisations
            if org.domains and (org.names or org.short_names or org.common_names or org.everyday_names)
        ]

    def get(self, org_id: str) -> Organisation | None:
        return next((org for org in self.organisations if org.id == org_id), None)


def load_register(path: Path = REGISTER_FILE) -> Register:
    """Raises ValueError naming the file when the register cannot be read."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or []
        return Register(organisations=TypeAdapter(list[Organisation]).validate_python(data))
    except (OSError, yaml.YAMLError, ValueError) as exc:
        raise ValueError(f"{path}: {exc}") from exc


@cache
def register() -> Register:
    return load_register()
