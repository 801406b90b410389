"""Pure-Python core of Hearth: no Qt import anywhere below this package."""
