// The version's nodes are gone: its mark goes too.
MATCH (v:VersionMark {version: $version})
DELETE v
