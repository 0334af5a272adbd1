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
    connection.rollback()  # read only: end the transaction psycopg2 opened
    return RegistryStatus(user=user, can_edit=bool(can_edit), published_at=info.get("published_at", ""),
                          published_by=info.get("published_by", ""), source_as_of=info.get("source_as_of", ""))
