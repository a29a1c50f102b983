"""The library's resources: documents, links and training materials, tagged like practices."""
