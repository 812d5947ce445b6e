"""Round-trips compute PUT bodies through the official Azure SDK for Python's models.

Reads {"<wizard path>": <body>, ...} from the file named by argv[1]; for each body runs
ComputeResource.deserialize(body).serialize() (the models of api-version 2022-10-01, as Debian's
python3-azure ships them) and reports every field of the original body that is missing or
different after the round trip, plus the model class the polymorphic "properties" became.
Prints one JSON object on stdout: {"<path>": {"lost": [...], "computeClass": "AKS", ...}}.
"""
import json
import sys

from azure.mgmt.machinelearningservices.models import ComputeResource


def lost_fields(original, copy, where=""):
    """Paths of values in original that copy lacks or holds differently."""
    if isinstance(original, dict):
        if not isinstance(copy, dict):
            return [where or "/"]
        out = []
        for key, value in original.items():
            if key not in copy:
                out.append(f"{where}/{key}")
            else:
                out.extend(lost_fields(value, copy[key], f"{where}/{key}"))
        return out
    if isinstance(original, list):
        if not isinstance(copy, list) or len(copy) != len(original):
            return [where]
        out = []
        for i, (a, b) in enumerate(zip(original, copy)):
            out.extend(lost_fields(a, b, f"{where}[{i}]"))
        return out
    return [] if original == copy and type(original) is type(copy) else [where]


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        bodies = json.load(f)
    results = {}
    for name, body in bodies.items():
        model = ComputeResource.deserialize(body)
        serialized = model.serialize()
        results[name] = {
            "lost": lost_fields(body, serialized),
            "computeClass": type(model.properties).__name__,
            "serialized": serialized,
        }
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
