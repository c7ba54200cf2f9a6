// Every test gets a fresh fixture, so fields initialised inline (mocks, recorders) are never shared between tests.
[assembly: FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
