"""What a claim's cited sources hold of it, read as facts are built and by the Python rules
that compare a claim with its sources (rules/packs/citation_support.py).

The sources stage (factcheck.sources) reads each source once; these modules compare one claim
with those readings:

- ``figures``: the source figures that state a claim's figure as written;
- ``backing``: whether the sources back a figure in any notation a careful reader accepts,
  through ``conversions`` (other units and notations), ``dates`` (dates, years, lengths of
  time, ages), ``worked_out`` (sums, differences, changes, rates) and ``shares`` (shares and
  parts of a whole);
- ``names``: whether a source holds a claim's name, and the names it gives instead;
- ``people``: who the sources say spoke a quotation, hold a role, made a statement;
- ``outcomes``: outcomes the sources state the other way;
- ``passages``: source passages as findings show them.
"""
