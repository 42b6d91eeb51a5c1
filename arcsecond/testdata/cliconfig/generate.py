#!/usr/bin/env python3
"""Writes the CLI config files TestCLIConfigFiles reads, with Python's own
configparser making the calls the official CLI (arcsecond-io/cli 3.11,
arcsecond/api/config.py) makes for each command:

- the file is ~/.config/arcsecond/config.ini, read with
  ConfigParser().read() and rewritten whole with ConfigParser.write();
- each command works on the section named by --api (default "cloud"),
  adding it when missing;
- `arcsecond api NAME URL` stores section[NAME]["api_server"] = URL as
  typed (refused for "cloud", whose server is https://api.arcsecond.io);
- `arcsecond login --type access|upload` stores "access_key" or
  "upload_key" and "username" after the server verified the key (so a
  later login with the other type keeps both keys);
- memberships are stored as "membership__<subdomain>" = role;
- reading, access_key falls back to the legacy "api_key".

Run from this directory: python3 generate.py (Python 3.11 or later).
"""
import configparser
import pathlib

HERE = pathlib.Path(__file__).parent

ACCESS = "4c4458935e2b9e21b4ef5f4c8e53213e"
UPLOAD = "9f1c2d3e4b5a69788796a5b4c3d2e1f0"
LAB_ACCESS = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"


class CLI:
    """One config file, changed command by command as the CLI does."""

    def __init__(self, name):
        self.path = HERE / name
        self.path.write_text("")  # the CLI touches the file first

    def _section(self, api):
        parser = configparser.ConfigParser()
        parser.read(str(self.path))
        if api not in parser.sections():
            parser.add_section(api)
        return parser, parser[api]

    def _write(self, parser):
        with open(self.path, "w") as f:
            parser.write(f)

    def set(self, api, **values):
        parser, section = self._section(api)
        for k, v in values.items():
            section[k] = v
        self._write(parser)

    def api(self, name, url):
        assert name != "cloud"
        self.set(name, api_server=url)

    def login(self, api, username, kind, key):
        self.set(api, **{kind + "_key": key, "username": username})

    def logout(self, api):
        parser, _ = self._section(api)
        del parser[api]
        self._write(parser)


def main():
    c = CLI("cloud_access.ini")
    c.login("cloud", "vera", "access", ACCESS)

    c = CLI("cloud_upload.ini")
    c.login("cloud", "vera", "upload", UPLOAD)

    c = CLI("cloud_both.ini")  # upload first, then access: both kept
    c.login("cloud", "vera", "upload", UPLOAD)
    c.login("cloud", "vera", "access", ACCESS)

    c = CLI("legacy_api_key.ini")  # a key saved before access_key existed
    c.set("cloud", username="vera", api_key=ACCESS)

    c = CLI("named_apis.ini")
    c.login("cloud", "vera", "access", ACCESS)
    c.api("lab", "http://arcsecond.local:8800")
    c.login("lab", "vera", "access", LAB_ACCESS)
    c.set("lab", membership__local="admin", membership__saao="member")
    c.api("staging", "https://api.arcsecond.dev")  # registered, never logged in

    c = CLI("logged_out.ini")
    c.login("cloud", "vera", "access", ACCESS)
    c.api("lab", "http://arcsecond.local:8800")
    c.logout("cloud")

    c = CLI("percent.ini")  # a %% is typed for a %: configparser refuses a lone one
    c.api("proxy", "https://proxy.example/arcsecond%%2Fapi/")
    c.login("proxy", "vera", "access", ACCESS)


if __name__ == "__main__":
    main()
