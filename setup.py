"""Package discovery that pyproject.toml cannot express on its own: every trustdesk subpackage,
and the top-level resources/ folder installed as trustdesk.resources."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["trustdesk", "trustdesk.*"]) + ["trustdesk.resources"],
    package_dir={"trustdesk.resources": "resources"},
)
