"""What a database holds: a published registry or not, who published it, and what the planner may do."""

from __future__ import annotations

from dataclasses import dataclass

from smartcity_plugin.io.errors import RegistryError
from smartcity_plugin.toolbelt.i18n import tr


@dataclass(frozen=True)
class RegistryStatus:
    """The registry as the connected planner sees it."""

    user: str
    can_edit: bool
    published_at: str
    published_by: str
    source_as_of: str


def read_status(connection, target: str) -> RegistryStatus:
    """The registry in ``connection``'s database; RegistryError naming ``target`` when there is none."""
    import psycopg2  # only the registry needs it
    import psycopg2.errors

    try:
        return _read(connection, target)
    except psycopg2.errors.InsufficientPrivilege as error:
        raise RegistryError(tr("Your database role may not read the team registry in {}: ask its administrator "
                               "for the role smartcity_reader ({}).").format(target, str(error).strip())) from error
    except psycopg2.Error as error:
        raise RegistryError(tr("The team registry in {} could not be read: {}").format(
            target, str(error).strip())) from error


def _read(connection, target: str) -> RegistryStatus:
    with connection.cursor() as cursor:
        cursor.execute("SELECT session_user, to_regclass('smartcity.projects') IS NOT NULL, "
                       "to_regclass('smartcity.registry_info') IS NOT NULL")
        user, has_projects, has_info = cursor.fetchone()
        if not (has_projects and has_info):
            raise RegistryError(tr("{} holds no team registry (schema smartcity) that your role may read. Publish "
                                   "one first (menu Smart City Cooperation ▸ Publish to the team registry), or ask "
                                   "its administrator for the role smartcity_reader.").format(target))
        cursor.execute("SELECT has_table_privilege('smartcity.projects', 'SELECT'), "
                       "has_table_privilege('smartcity.projects', 'UPDATE')")
        can_read, can_edit = cursor.fetchone()
        if not can_read:
            raise RegistryError(tr("Your database role {} may not read the team registry in {}: ask its "
                                   "administrator for the role smartcity_reader.").format(user, target))
        cursor.execute("SELECT key, value FROM smartcity.registry_info")
        info = dict(cursor.fetchall())
        require_safe(cursor, target)
    connection.rollback()  # read only: end the transaction psycopg2 opened
    return RegistryStatus(user=user, can_edit=bool(can_edit), published_at=info.get("published_at", ""),
                          published_by=info.get("published_by", ""), source_as_of=info.get("source_as_of", ""))


def unsafe_message(found: list[str], target: str) -> str:
    """What to tell a planner whose registry still has the holes of an earlier plugin version."""
    return tr("The team registry in {} was published by an earlier version of the plugin and is not safe to use, "
              "so the plugin does not open it: {}. Its administrator (the role that published it, or a superuser) "
              "must run Smart City Cooperation ▸ Upgrade the team registry… (Processing: smartcity:upgraderegistry) "
              "with this connection once; data, versions and audit log stay as they are.").format(
        target, "; ".join(found))


def require_safe(cursor, target: str) -> None:
    """RegistryError naming ``target`` and the upgrade when the registry has holes (any role may ask)."""
    from smartcity_plugin.io.registry.secure import holes

    found = holes(cursor)
    if found:
        raise RegistryError(unsafe_message(found, target))


_checked: set[str] = set()  # saved connections found safe in this QGIS session


def require_safe_connection(name: str) -> None:
    """:func:`require_safe` through the saved connection ``name``, once per QGIS session and connection."""
    if name in _checked:
        return
    import psycopg2

    from smartcity_plugin.io.registry.connection import open_saved

    connection = open_saved(name, "check")
    try:
        with connection.cursor() as cursor:
            require_safe(cursor, tr("the connection \"{}\"").format(name))
        connection.rollback()
    except psycopg2.Error as error:
        raise RegistryError(tr("The team registry of the connection \"{}\" could not be checked: {}").format(
            name, str(error).strip())) from error
    finally:
        connection.close()
    _checked.add(name)


def forget_checks() -> None:
    """Check again next time (the planner chose a registry anew, or it was upgraded)."""
    _checked.clear()
