"""Leaf helpers every layer may import (they import nothing from the project)."""
