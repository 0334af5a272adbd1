"""Keep concurrent edits of the team registry apart.

QGIS saves a change as an UPDATE of the changed columns only; the registry refuses any
UPDATE that does not say which version of the record it was made on (base_version), and
any made on an older version than the one stored. The guard fills base_version in when
edits are saved: the version each record had when the planner began editing (or, for a
record first read later, when first changed). When the registry has moved on, the
planner is told who changed what and when, and the refused version is filed in the
registry's audit log; QGIS keeps it in the edit session too.
"""

from __future__ import annotations

import json
from typing import Callable, Iterable, Optional

from qgis.core import Qgis, QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, Qt

from smartcity_plugin.core.schema import EDITABLE_TABLES
from smartcity_plugin.io.errors import RegistryError
from smartcity_plugin.io.registry.connection import open_database, uri_of_layer
from smartcity_plugin.layers.registry_layers import is_registry_layer
from smartcity_plugin.toolbelt.compat import NO_GEOMETRY
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.values import plain_value

GUARD_NAME = "SmartCityEditGuard"
Notify = Callable[[str, Qgis.MessageLevel], None]


class EditGuard(QObject):
    """Lives as long as its layer (its Qt child) and stamps each save of it."""

    def __init__(self, layer: QgsVectorLayer, notify: Notify) -> None:
        super().__init__(layer)
        self.setObjectName(GUARD_NAME)
        self.layer = layer
        self.notify = notify
        self.loaded: dict[int, Optional[int]] = {}  # feature id → row_version when editing began
        self.names: dict[int, str] = {}  # feature id → record id (project_id …), for messages
        for signal, slot in self._connections():
            signal.connect(slot)

    def _connections(self) -> list:
        layer = self.layer
        return [
            (layer.editingStarted, self.remember_versions),
            (layer.afterCommitChanges, self.remember_versions),  # editing may go on after a save
            (layer.afterRollBack, self.forget_versions),
            (layer.attributeValueChanged, self._first_change),
            (layer.geometryChanged, self._first_change),
            (layer.featureDeleted, self._first_change),
            (layer.beforeCommitChanges, self.stamp_versions),
        ]

    def disconnect_layer(self) -> None:
        """Stop guarding (the plugin unloads)."""
        for signal, slot in self._connections():
            signal.disconnect(slot)

    def remember_versions(self) -> None:
        """The stored version of every record the layer shows, as editing begins."""
        self.forget_versions()
        self._safely(lambda: self._remember(None))

    def forget_versions(self) -> None:
        """Editing ended without saving: the next session notes the versions anew."""
        self.loaded, self.names = {}, {}

    def _first_change(self, fid, *_args) -> None:
        if fid >= 0 and fid not in self.loaded:  # a record the layer did not show when editing began
            self._safely(lambda: self._remember([fid]))

    def _remember(self, fids: Optional[Iterable[int]]) -> None:
        id_column = EDITABLE_TABLES[uri_of_layer(self.layer.source()).table()]
        for fid, row in self._stored(fids, ("row_version", id_column)).items():
            self.loaded[fid] = row["row_version"]
            self.names[fid] = str(row[id_column])

    def _safely(self, step: Callable[[], None]) -> None:
        """Run a slot's work; never let it raise (PyQt would end QGIS). The registry checks anyway."""
        try:
            step()
        except Exception as error:  # noqa: BLE001 - see above; the planner is told
            self.notify(tr("The plugin could not check your edits of {} ({}); the registry still refuses changes "
                           "made on an older version.").format(self.layer.name(), error), Qgis.MessageLevel.Warning)

    def _stored(self, fids: Optional[Iterable[int]], names) -> dict[int, dict]:
        """Values stored in the database now (the provider, not the edit session)."""
        request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
        request.setSubsetOfAttributes(list(names), self.layer.fields())
        if fids is not None:
            request.setFilterFids(list(fids))
        provider = self.layer.dataProvider()
        return {feature.id(): {name: plain_value(feature[name]) for name in names}
                for feature in provider.getFeatures(request)}

    def stamp_versions(self, *_args) -> None:
        """Before QGIS saves: say which version each change was made on; warn of what moved on."""
        self._safely(self._stamp)

    def _stamp(self) -> None:
        buffer = self.layer.editBuffer()
        if buffer is None:
            return
        changed = {fid for fid in (*buffer.changedAttributeValues().keys(), *buffer.changedGeometries().keys())
                   if fid >= 0}
        deleted = {fid for fid in buffer.deletedFeatureIds() if fid >= 0}
        stored = self._stored(changed | deleted, ("row_version", "updated_by", "updated_at"))
        base_index = self.layer.fields().indexOf("base_version")
        conflicts = []
        for fid in sorted(changed):
            base = self.loaded.get(fid, stored.get(fid, {}).get("row_version"))
            self.layer.changeAttributeValue(fid, base_index, base)
            if fid not in stored or stored[fid]["row_version"] != base:  # changed or deleted meanwhile
                conflicts.append(fid)
        if conflicts:
            self._file_conflicts(conflicts, stored)
        for fid in sorted(deleted):
            if fid in stored and fid in self.loaded and stored[fid]["row_version"] != self.loaded[fid]:
                self.notify(tr("You deleted {}, which {} changed at {} after you began editing. The deleted record, "
                               "with that change, is kept in the registry's audit log.").format(
                    self._record_name(fid), stored[fid]["updated_by"], _when(stored[fid]["updated_at"])),
                    Qgis.MessageLevel.Warning)

    def _record_name(self, fid: int) -> str:
        id_column = EDITABLE_TABLES[uri_of_layer(self.layer.source()).table()]
        feature = self.layer.getFeature(fid)
        if feature.isValid() and plain_value(feature[id_column]):
            return str(feature[id_column])
        return self.names.get(fid, str(fid))  # deleted from the database meanwhile

    def _file_conflicts(self, fids: list[int], stored: dict[int, dict]) -> None:
        """File each refused version in the audit log; tell the planner."""
        uri = uri_of_layer(self.layer.source())
        try:
            connection = open_database(uri, "edit check")
        except RegistryError as error:
            connection = None
            self.notify(str(error), Qgis.MessageLevel.Warning)
        try:
            for fid in fids:
                audit_id = self._file(connection, uri.table(), fid) if connection is not None else None
                kept = (tr("It is filed in the registry's audit log (entry {}).").format(audit_id)
                        if audit_id is not None else "")
                self.notify(self._conflict_message(fid, stored.get(fid), kept), Qgis.MessageLevel.Critical)
        finally:
            if connection is not None:
                connection.close()

    def _conflict_message(self, fid: int, stored: Optional[dict], kept: str) -> str:
        if stored is None:  # QGIS would report success: the UPDATE finds no row
            return tr("Not saved: {} was deleted from the registry after you began editing it; your change to it "
                      "cannot be saved. {} The deleted record is in the audit log too.").format(
                self._record_name(fid), kept)
        return tr("Not saved: {} was changed by {} at {} (version {}) after you began editing it (version {}). Your "
                  "version stays in your edit session. {} Roll back your change to it, then make it again on the "
                  "newer version.").format(self._record_name(fid), stored["updated_by"], _when(stored["updated_at"]),
                                           stored["row_version"], self.loaded.get(fid), kept)

    def _file(self, connection, table: str, fid: int) -> Optional[int]:
        import psycopg2  # open_database has made sure it is there

        feature = self.layer.getFeature(fid)  # with the planner's changes
        stored_columns = self.layer.dataProvider().fields().names()  # not the layer's virtual fields
        if feature.isValid():
            attempt = {name: _json_value(feature[name]) for name in stored_columns}
            geometry = feature.geometry() if feature.hasGeometry() else None
        else:  # the record is gone from the database: what the planner changed is all there is
            fields = self.layer.fields()
            changes = self.layer.editBuffer().changedAttributeValues().get(fid, {})
            attempt = {fields.at(index).name(): _json_value(value) for index, value in changes.items()
                       if fields.at(index).name() in stored_columns}
            attempt[EDITABLE_TABLES[table]] = self.names.get(fid)
            geometry = self.layer.editBuffer().changedGeometries().get(fid)
        if geometry is not None and not geometry.isNull():
            attempt["geom"] = json.loads(geometry.asJson())
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT smartcity.record_conflict(%s, %s, %s, %s::jsonb)",
                               (table, fid, self.loaded.get(fid), json.dumps(attempt)))
                audit_id = cursor.fetchone()[0]
            connection.commit()
            return audit_id
        except psycopg2.Error as error:
            connection.rollback()
            self.notify(tr("Your refused version could not be filed in the audit log: {}").format(error),
                        Qgis.MessageLevel.Warning)
            return None


def _json_value(value):
    value = plain_value(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return value.toString(Qt.DateFormat.ISODate) if hasattr(value, "toString") else str(value)


def _when(value) -> str:
    if hasattr(value, "toString"):
        return value.toString("yyyy-MM-dd HH:mm")
    return str(value or "")


def guard(layer, notify: Notify) -> Optional[EditGuard]:
    """Guard ``layer`` when it is an editable registry layer (once); its guard, or None."""
    if not is_registry_layer(layer):
        return None
    existing = layer.findChild(EditGuard, GUARD_NAME)
    return existing if existing is not None else EditGuard(layer, notify)


def unguard(layer) -> None:
    """Remove the guard the plugin put on ``layer``."""
    existing = layer.findChild(EditGuard, GUARD_NAME) if isinstance(layer, QgsVectorLayer) else None
    if existing is not None:
        existing.disconnect_layer()
        existing.setParent(None)
        existing.deleteLater()
