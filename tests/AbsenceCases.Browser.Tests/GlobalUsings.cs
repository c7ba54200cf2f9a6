global using AbsenceCases.Browser.Tests;
global using AbsenceCases.Browser.Tests.Infrastructure;
global using AbsenceCases.TestIdentityProvider;
global using Microsoft.Playwright;
global using NUnit.Framework;
global using static Microsoft.Playwright.Assertions;
