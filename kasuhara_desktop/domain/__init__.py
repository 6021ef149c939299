"""Pure domain: dataclasses, enums, rules. No Qt, no database, no PDF code here."""
