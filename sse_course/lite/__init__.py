"""The in-browser notebooks: a JupyterLite site of the case studies and exercises that runs
Python in the browser with Pyodide, from local files only (build.py, wheels.py)."""
