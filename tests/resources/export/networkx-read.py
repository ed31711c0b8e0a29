"""Reads a GEXF or GraphML file with networkx (a third-party reader) and prints what it saw as JSON.

Usage: /usr/bin/python3 networkx-read.py gexf|graphml FILE
"""
import json
import sys

import networkx as nx

kind, path = sys.argv[1], sys.argv[2]
graph = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path)
print(json.dumps({
    "directed": graph.is_directed(),
    "multigraph": graph.is_multigraph(),
    "graph": {k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float, bool))},
    "nodes": [{"id": node, "data": data} for node, data in graph.nodes(data=True)],
    "edges": [{"source": s, "target": t, "key": k, "data": data} for s, t, k, data in graph.edges(keys=True, data=True)],
}, ensure_ascii=False))
