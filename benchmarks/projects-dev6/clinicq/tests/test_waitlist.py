import threading

import pytest
from clinicq.patients import TriageLevel
from clinicq.waitlist import QueueEmptyError, TicketCounter


def test_more_urgent_patient_is_served_first(waiting_queue, make_patient, morning):
    waiting_queue.push(make_patient("Anna Meier"), morning(8, 5))
    waiting_queue.push(make_patient("Luca Rossi", triage=TriageLevel.VERY_URGENT), morning(8, 40))

    assert waiting_queue.pop().patient.name == "Luca Rossi"
    assert waiting_queue.pop().patient.name == "Anna Meier"


def test_same_triage_level_is_first_come_first_served(waiting_queue, make_patient, morning):
    waiting_queue.push(make_patient("Late"), morning(9, 30))
    waiting_queue.push(make_patient("Early"), morning(8, 15))

    assert waiting_queue.peek().patient.name == "Early"
    assert len(waiting_queue) == 2


def test_push_hands_out_consecutive_tickets(waiting_queue, make_patient, morning):
    first = waiting_queue.push(make_patient("A"), morning(8))
    second = waiting_queue.push(make_patient("B"), morning(8, 1))

    assert (first.ticket, second.ticket) == (1, 2)


def test_pop_on_empty_queue_raises(waiting_queue):
    with pytest.raises(QueueEmptyError):
        waiting_queue.pop()


def test_ticket_counter_is_thread_safe():
    counter = TicketCounter()
    numbers = []

    def draw():
        for _ in range(500):
            numbers.append(counter.next_number())

    threads = [threading.Thread(target=draw) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(numbers) == list(range(1, 4001))
