"""The Together page: a desire list that reveals only matches, and steps at our own pace."""
