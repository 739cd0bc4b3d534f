"""Write every generated figure: python -m sse_course.figures"""

from sse_course.book.toc import ROOT
from sse_course.figures import modules

for module in modules():
    path = ROOT / module.OUTPUT
    path.write_text(module.svg(), encoding="utf-8")
    print(f"wrote {module.OUTPUT}")
