"""Pure domain logic: money and units, mining economics, loan maths, validators. No Qt, no SQLAlchemy."""
