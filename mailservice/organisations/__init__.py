"""The network's organisations and the municipalities they serve (issue 16): CBS's municipalities per reference
year (``municipalities``, read by ``cbs``), the organisations and members' links to them (``registry``), and the
network's figures the way the brochure shows them (``figures``)."""
