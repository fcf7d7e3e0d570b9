"""Relationships: the owner's tie to one counterpart, keyed by Slack id or free-text name."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coaching import model
from coaching.errors import AmbiguousPerson
from coaching.people import name_matches
from storage.models import Relationship, User


def find_relationship(session: Session, owner: User, person: model.Person) -> Relationship | None:
    """The owner's relationship with `person`: by Slack id or typed name, else — for a bare
    name — the one Slack person among theirs with that handle, display name or real name.

    Raises `AmbiguousPerson` when the bare name fits several of them."""
    exact = session.scalars(
        select(Relationship).where(
            Relationship.owner_id == owner.id, Relationship.counterpart_key == person.key
        )
    ).one_or_none()
    if exact is not None or person.user_id is not None or not person.name:
        return exact
    on_slack = session.scalars(
        select(Relationship)
        .where(Relationship.owner_id == owner.id, Relationship.counterpart_user_id.is_not(None))
        .order_by(Relationship.id)
    )
    found = [
        row
        for row in on_slack
        if name_matches(person.name, (row.counterpart_name, row.display_name, row.real_name))
    ]
    if len(found) > 1:
        raise AmbiguousPerson(person.name, [row.counterpart_user_id for row in found])
    return found[0] if found else None


def ensure_relationship(
    session: Session,
    owner: User,
    person: model.Person,
    *,
    now: datetime,
    role: model.Role | None = None,
) -> Relationship:
    """The owner's relationship with `person`, created on first mention."""
    relationship = find_relationship(session, owner, person)
    if relationship is None:
        try:
            with session.begin_nested():
                relationship = Relationship(
                    team_id=owner.team_id,
                    owner_id=owner.id,
                    counterpart_key=person.key,
                    counterpart_user_id=person.user_id,
                    counterpart_name=person.name,
                    role=(role or model.Role.OTHER).value,
                    created_at=now,
                )
                session.add(relationship)
        except IntegrityError:
            relationship = find_relationship(session, owner, person)
            assert relationship is not None
    if role is not None:
        relationship.role = role.value
    return relationship


def owned_relationship(session: Session, owner: User, relationship_id: int) -> Relationship | None:
    """A relationship by id, only when `owner` owns it."""
    return session.scalars(
        select(Relationship).where(
            Relationship.id == relationship_id, Relationship.owner_id == owner.id
        )
    ).one_or_none()


def relationships_of(session: Session, owner: User) -> list[Relationship]:
    return list(
        session.scalars(
            select(Relationship).where(Relationship.owner_id == owner.id).order_by(Relationship.id)
        )
    )


def names_by_owner(session: Session, owner_ids: Iterable[int]) -> dict[int, dict[str, str]]:
    """Display names of each owner's counterparts, by owner (the dispatcher's batch read)."""
    names: dict[int, dict[str, str]] = {owner_id: {} for owner_id in owner_ids}
    rows = session.execute(
        select(
            Relationship.owner_id, Relationship.counterpart_user_id, Relationship.display_name
        ).where(
            Relationship.owner_id.in_(list(names)),
            Relationship.counterpart_user_id.is_not(None),
            Relationship.display_name.is_not(None),
        )
    )
    for owner_id, user_id, display_name in rows:
        names[owner_id][user_id] = display_name
    return names


def relationship_by_slack_user(
    session: Session, owner: User, slack_user_id: str
) -> Relationship | None:
    return find_relationship(session, owner, model.Person(user_id=slack_user_id))


def to_domain(row: Relationship) -> model.Relationship:
    person = model.Person(user_id=row.counterpart_user_id, name=row.counterpart_name)
    return model.Relationship(
        id=row.id,
        person=person,
        role=model.Role(row.role),
        display_name=row.display_name,
        title=row.title,
        language=row.language,
    )


def slack_counterparts(
    session: Session, *, team_id: str, user_id: str
) -> list[tuple[str, str | None]]:
    """(Slack id, name) of everyone on Slack the user has a relationship with."""
    rows = session.execute(
        select(
            Relationship.counterpart_user_id,
            Relationship.counterpart_name,
            Relationship.display_name,
        )
        .join(User, User.id == Relationship.owner_id)
        .where(
            User.team_id == team_id,
            User.user_id == user_id,
            Relationship.counterpart_user_id.is_not(None),
        )
    )
    return [(uid, name or display) for uid, name, display in rows]
