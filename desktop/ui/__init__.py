"""The Qt user interface. Holds no business rules: it calls services and shows their results."""
