"""Built-in rule packs and lexicons (installed as ``factcheck.builtin_rules``)."""
