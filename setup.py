"""The one compiled part of akhbar (everything else is in pyproject.toml): the word hasher that
dedup runs over every body, ``akhbar.text._wordhash`` (see the top of its C source for why)."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "akhbar.text._wordhash",
            sources=["src/akhbar/text/_wordhash.c"],
            extra_compile_args=["-O2", "-std=c11"],
        )
    ]
)
