"""Messages name actors and groups as a reader knows them, never by their ids."""

from __future__ import annotations

import pytest

from factcheck.api import check_text


@pytest.mark.parametrize("text, group, member_names", [
    # a group the lexicon knows, named by its lexicon name
    ("President Trump supports the new tariffs on steel.\n\n"
     "Treasury Secretary Scott Bessent opposes the new tariffs on steel.\n",
     "U.S. government", ("President Trump", "Scott Bessent")),
    # a group read from the text, named as the text names it
    ("Ana Reyes, deputy leader of the Green Party, supports the ferry levy. "
     "Tom Hale, also of the Green Party, opposes the ferry levy.\n",
     "Green Party", ("Ana Reyes", "Tom Hale")),
])
def test_a_divided_group_is_named_as_written(text: str, group: str,
                                             member_names: tuple[str, ...]) -> None:
    report = check_text(text, config=None)
    [finding] = [f for f in report.findings() if f.rule_id == "stance.group-divided"]
    assert f"Members of {group} take opposite sides" in finding.message
    assert all(name in finding.message for name in member_names)
