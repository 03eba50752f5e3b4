"""The web part of ``mailservice run`` (issue 13): the pages members reach from the links in our mail.

``server`` builds the application and runs it in a thread of the service; ``guard`` puts security headers, the rate
limit and CSRF protection around it; ``member_pages`` are the pages themselves, thin over ``actions.by_link``.
"""
