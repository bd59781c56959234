# Issue 7: json.dumps / json.loads round trip of a ~5 MB document.
import json

doc = {"users": [{"id": i, "name": "user%d" % i, "email": "u%d@example.com" % i, "active": i % 3 == 0,
                  "score": i * 1.25, "tags": ["a", "b", "c%d" % (i % 7)], "address": {"city": "City %d" % (i % 100),
                  "zip": "%05d" % i}} for i in range(25000)]}
text = json.dumps(doc)
back = json.loads(text)
again = json.dumps(back, sort_keys=True, indent=1)
print(len(text), len(again), back["users"][-1]["address"]["zip"], back == doc)
