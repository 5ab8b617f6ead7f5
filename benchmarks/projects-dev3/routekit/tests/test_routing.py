import pytest
from routekit.routing import DuplicateRoute, MethodNotAllowed, Router


def test_int_parameter_is_converted(router):
    found = router.match("GET", "/users/42")
    assert found is not None
    assert found.route.pattern == "/users/{id:int}"
    assert found.params == {"id": 42}


def test_unknown_path_gives_none(router):
    assert router.match("GET", "/nowhere") is None


def test_wrong_method_lists_allowed_methods(router):
    with pytest.raises(MethodNotAllowed) as info:
        router.match("POST", "/users/42")
    assert info.value.allowed == ["GET", "DELETE"]


def test_same_shape_with_other_parameter_name_is_a_duplicate(router):
    with pytest.raises(DuplicateRoute):
        router.add("get", "/users/{user_id:int}", lambda request, user_id: None)


def test_split_path_collapses_slashes_and_drops_query():
    assert Router.split_path("/users//7/?full=1") == ["users", "7"]
