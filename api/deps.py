"""Typed FastAPI dependencies: handlers declare what they need, tests swap it."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from starlette.requests import HTTPConnection

from api.services import Services
from api.settings import Settings


def get_services(connection: HTTPConnection) -> Services:
    """Works for HTTP requests and WebSockets alike."""
    return connection.app.state.services


def get_settings(services: Annotated[Services, Depends(get_services)]) -> Settings:
    return services.settings


ServicesDep = Annotated[Services, Depends(get_services)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
