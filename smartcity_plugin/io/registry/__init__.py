"""The team registry: the cooperation data in a PostGIS schema that several planners share."""
