print("_circ_b starts")
import _circ_a

print("_circ_b sees partial _circ_a:", hasattr(_circ_a, "A"))
B = "b"
