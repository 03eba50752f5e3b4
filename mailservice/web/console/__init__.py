"""The secretariat's console (issue 14): server-rendered Dutch pages under /beheer, behind a login.

``base`` holds what every page shares (the signed-in person, roles, CSRF, the page frame); each other module owns
one part of the console and calls the same domain functions as the CLI.
"""
