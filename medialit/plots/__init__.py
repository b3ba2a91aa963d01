"""The kit's notebook charts as matplotlib Figures, built from plain data.

Each module here turns plain, picklable data (names, labels, dates) into a Figure and
imports nothing that analyses text: no spaCy, no pipeline. A notebook gets a
`medialit.figures.Chart`, whose picture is drawn by `python -m medialit.plots` in a
short-lived process, so the kernel never imports matplotlib.
"""
