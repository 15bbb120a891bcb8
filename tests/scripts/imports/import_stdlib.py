# The embedded stdlib: keyword and __future__.
import keyword
import __future__
from keyword import iskeyword, kwlist, softkwlist

print(len(kwlist), kwlist[:5], softkwlist)
print(iskeyword("if"), iskeyword("match"), keyword.issoftkeyword("match"), iskeyword("x"))
print(sorted(keyword.__all__))
print([w for w in kwlist if w.startswith("a")])
print(__future__.all_feature_names)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED)
print("annotations" in __future__.__all__)
import sys
print("keyword" in sys.modules, sys.modules["keyword"] is keyword)
