"""Typed FastAPI dependencies: handlers declare what they need, tests swap it."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.services import Services
from api.settings import Settings


def get_services(request: Request) -> Services:
    return request.app.state.services


def get_settings(services: Annotated[Services, Depends(get_services)]) -> Settings:
    return services.settings


ServicesDep = Annotated[Services, Depends(get_services)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
