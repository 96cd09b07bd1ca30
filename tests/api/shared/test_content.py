"""A publish bumps the content version; the other processes see it moved, the publisher does not
reload twice."""

from __future__ import annotations

import asyncio

import pytest

from api.database import transaction
from api.shared.content import ContentFollower, follow

pytestmark = pytest.mark.both_backends  # a store contract: the same on SQLite and PostgreSQL


def test_a_publish_is_news_to_the_other_processes_only(sessions) -> None:
    publisher, other = ContentFollower(sessions), ContentFollower(sessions)
    assert publisher.seen == other.seen == 0
    with transaction(sessions) as session:
        publisher.bump(session)
    assert other.moved_elsewhere() and not other.moved_elsewhere()
    assert not publisher.moved_elsewhere() and publisher.seen == 1


def test_a_publish_that_rolled_back_moves_nothing(sessions) -> None:
    follower = ContentFollower(sessions)
    with pytest.raises(RuntimeError), transaction(sessions) as session:
        follower.bump(session)
        raise RuntimeError("the publish failed")
    assert follower.read() == 0 and not follower.moved_elsewhere()


async def test_the_follower_reloads_when_another_process_published(sessions) -> None:
    publisher, other = ContentFollower(sessions), ContentFollower(sessions)
    reloads: list[int] = []
    task = asyncio.create_task(follow(other, 0.05, lambda: reloads.append(other.seen)))
    with transaction(sessions) as session:
        publisher.bump(session)
    await asyncio.sleep(0.3)
    task.cancel()
    assert reloads == [1]
