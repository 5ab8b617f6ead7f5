import pytest
from tickethub.assignment import NoAgentsAvailable, RoundRobinAssigner


def test_assign_rotates_over_agents(tickets, notifier):
    assigner = RoundRobinAssigner(["ana", "ben"], notifier)

    owners = [assigner.assign(ticket) for ticket in tickets]

    assert owners == ["ana", "ben", "ana", "ben"]
    assert [user for user, _text in notifier.sent] == owners
    assert "Ticket #1 assigned to you" in notifier.sent[0][1]


def test_assign_keeps_existing_assignee(tickets, notifier):
    tickets[0].assignee = "zoe"
    assigner = RoundRobinAssigner(["ana", "ben"], notifier)

    assert assigner.assign(tickets[0]) == "zoe"
    assert assigner.assign(tickets[1]) == "ana"
    assert notifier.sent == [("ana", "Ticket #2 assigned to you: Invoice shows wrong VAT")]


def test_assign_without_agents_raises(tickets):
    with pytest.raises(NoAgentsAvailable):
        RoundRobinAssigner([]).assign(tickets[0])
