global using System.Net;
global using System.Net.Http.Json;
global using AbsenceCases.Web.Tests.Infrastructure;
global using NUnit.Framework;
