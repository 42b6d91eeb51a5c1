#!/usr/bin/env python3
"""Writes the config.ini files that TestConfigFileEditsMatchPython compares
the Go writer with: each is what Python's configparser leaves after the
edits the official CLI (arcsecond-io/cli 3.11, arcsecond/api/config.py)
makes for a sequence of commands. The CLI reads the whole file with
ConfigParser().read(), adds the section of --api when missing, sets
options with section[key] = value, deletes a section on reset, and
rewrites the whole file with ConfigParser.write(). Each sequence is also
in steps.txt, which the Go test replays.

Run from this directory: python3 generate.py
"""
import configparser
import pathlib

HERE = pathlib.Path(__file__).parent


def run(name, steps):
    path = HERE / name
    path.write_text("")  # the CLI touches the file first
    for step in steps:
        op, api, *rest = step
        parser = configparser.ConfigParser()
        parser.read(str(path))
        if api not in parser.sections():
            parser.add_section(api)
        if op == "set":
            parser[api][rest[0]] = rest[1]
        elif op == "reset":
            del parser[api]
        with open(path, "w") as f:
            parser.write(f)
    return [name] + [" ".join(s) for s in steps]


SEQUENCES = [
    ("login_cloud.ini", [
        ("set", "cloud", "access_key", "k1"), ("set", "cloud", "username", "vera"),
    ]),
    ("named_both_keys.ini", [
        ("set", "cloud", "access_key", "k1"), ("set", "cloud", "username", "vera"),
        ("set", "lab", "api_server", "http://arcsecond.local:8800"),
        ("set", "lab", "upload_key", "u2"), ("set", "lab", "username", "vera"),
        ("set", "lab", "access_key", "k2"), ("set", "lab", "username", "vera"),
    ]),
    ("relogin_in_place.ini", [
        ("set", "lab", "api_server", "http://arcsecond.local:8800"),
        ("set", "lab", "access_key", "k2"), ("set", "lab", "username", "vera"),
        ("set", "cloud", "access_key", "k1"), ("set", "cloud", "username", "vera"),
        ("set", "lab", "access_key", "k3"), ("set", "lab", "username", "rubin@example.org"),
        ("set", "lab", "api_server", "http://arcsecond.local:8801"),
    ]),
    ("logout_cloud.ini", [
        ("set", "cloud", "access_key", "k1"), ("set", "cloud", "username", "vera"),
        ("set", "lab", "api_server", "http://arcsecond.local:8800"),
        ("reset", "cloud"),
    ]),
    ("percent.ini", [
        ("set", "proxy", "api_server", "https://proxy.example/a%%2Fb"),
    ]),
]


def main():
    lines = []
    for name, steps in SEQUENCES:
        lines.append("\t".join(run(name, steps)))
    (HERE / "steps.txt").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
