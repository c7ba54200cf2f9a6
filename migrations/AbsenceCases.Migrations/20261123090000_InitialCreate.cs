using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AbsenceCases.Migrations;

/// <summary>
/// The first schema: organisation, employees and spells, absence cases with their conversations, plans and
/// history, coordination groups, the audit log, idempotency records and ASP.NET Core Identity.
/// </summary>
[DbContext(typeof(ApplicationDbContext))]
[Migration("20261123090000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AspNetRoles",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoles", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                DisplayName = table.Column<string>(maxLength: 200, nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<long>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUsers", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AuditLog",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                At = table.Column<long>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                UserName = table.Column<string>(maxLength: 200, nullable: false),
                Action = table.Column<string>(maxLength: 100, nullable: false),
                CaseId = table.Column<Guid>(nullable: true),
                EmployeeId = table.Column<int>(nullable: true),
                Allowed = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditLog", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "CoordinationGroups",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                MeetingDay = table.Column<string>(maxLength: 10, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CoordinationGroups", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Employees",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                EmployeeNumber = table.Column<string>(maxLength: 50, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Employees", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "IdempotencyRecords",
            columns: table => new
            {
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Key = table.Column<string>(maxLength: 200, nullable: false),
                RequestName = table.Column<string>(maxLength: 100, nullable: false),
                RequestHash = table.Column<string>(maxLength: 64, nullable: false),
                Response = table.Column<string>(nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IdempotencyRecords", x => new { x.UserId, x.Key });
            });

        migrationBuilder.CreateTable(
            name: "Units",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Code = table.Column<string>(maxLength: 50, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                ParentId = table.Column<int>(nullable: true),
                IsPilot = table.Column<bool>(nullable: false),
                Path = table.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Units", x => x.Id);
                table.ForeignKey(
                    name: "FK_Units_Units_ParentId",
                    column: x => x.ParentId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "AspNetRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                RoleId = table.Column<string>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                    column: x => x.RoleId,
                    principalTable: "AspNetRoles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<string>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey(
                    name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserRoles",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                RoleId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey(
                    name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                    column: x => x.RoleId,
                    principalTable: "AspNetRoles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey(
                    name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CoordinationGroupMembers",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                GroupId = table.Column<int>(nullable: false),
                UserId = table.Column<string>(nullable: true),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Role = table.Column<string>(maxLength: 30, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CoordinationGroupMembers", x => x.Id);
                table.ForeignKey(
                    name: "FK_CoordinationGroupMembers_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_CoordinationGroupMembers_CoordinationGroups_GroupId",
                    column: x => x.GroupId,
                    principalTable: "CoordinationGroups",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Cases",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EmployeeId = table.Column<int>(nullable: false),
                UnitId = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                FirstDay = table.Column<DateOnly>(nullable: false),
                ExpectedReturn = table.Column<DateOnly>(nullable: true),
                ReportedAt = table.Column<long>(nullable: false),
                ReportedBy = table.Column<string>(maxLength: 450, nullable: false),
                CareContactOn = table.Column<DateOnly>(nullable: true),
                CoordinationStartedOn = table.Column<DateOnly>(nullable: true),
                ReturnedOn = table.Column<DateOnly>(nullable: true),
                ClosedOn = table.Column<DateOnly>(nullable: true),
                CloseReason = table.Column<string>(maxLength: 20, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Cases", x => x.Id);
                table.ForeignKey(
                    name: "FK_Cases_Employees_EmployeeId",
                    column: x => x.EmployeeId,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Cases_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "CoordinationGroupWorkplaces",
            columns: table => new
            {
                GroupId = table.Column<int>(nullable: false),
                UnitId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CoordinationGroupWorkplaces", x => new { x.GroupId, x.UnitId });
                table.ForeignKey(
                    name: "FK_CoordinationGroupWorkplaces_CoordinationGroups_GroupId",
                    column: x => x.GroupId,
                    principalTable: "CoordinationGroups",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_CoordinationGroupWorkplaces_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Employments",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                EmployeeId = table.Column<int>(nullable: false),
                UnitId = table.Column<int>(nullable: false),
                WeeklyHours = table.Column<double>(nullable: false),
                From = table.Column<DateOnly>(nullable: false),
                To = table.Column<DateOnly>(nullable: true),
                StaffGroup = table.Column<string>(maxLength: 100, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Employments", x => x.Id);
                table.ForeignKey(
                    name: "FK_Employments_Employees_EmployeeId",
                    column: x => x.EmployeeId,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Employments_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "UnitManagers",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                UnitId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UnitManagers", x => new { x.UserId, x.UnitId });
                table.ForeignKey(
                    name: "FK_UnitManagers_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_UnitManagers_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CaseHistory",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                CaseId = table.Column<Guid>(nullable: false),
                At = table.Column<long>(nullable: false),
                ByUserId = table.Column<string>(maxLength: 450, nullable: false),
                ByName = table.Column<string>(maxLength: 200, nullable: false),
                Action = table.Column<string>(maxLength: 50, nullable: false),
                From = table.Column<string>(maxLength: 20, nullable: true),
                To = table.Column<string>(maxLength: 20, nullable: true),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CaseHistory", x => x.Id);
                table.ForeignKey(
                    name: "FK_CaseHistory_Cases_CaseId",
                    column: x => x.CaseId,
                    principalTable: "Cases",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Conversations",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                CaseId = table.Column<Guid>(nullable: false),
                HeldOn = table.Column<DateOnly>(nullable: false),
                Form = table.Column<string>(maxLength: 20, nullable: false),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
                PossibilityStatementRequested = table.Column<bool>(nullable: false),
                RetentionPlanRequested = table.Column<bool>(nullable: false),
                FastTrackRequested = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Conversations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Conversations_Cases_CaseId",
                    column: x => x.CaseId,
                    principalTable: "Cases",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PreventionPlans",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                CaseId = table.Column<Guid>(nullable: false),
                AgreedOn = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PreventionPlans", x => x.Id);
                table.ForeignKey(
                    name: "FK_PreventionPlans_Cases_CaseId",
                    column: x => x.CaseId,
                    principalTable: "Cases",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Spells",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                EmployeeId = table.Column<int>(nullable: false),
                CaseId = table.Column<Guid>(nullable: true),
                Type = table.Column<string>(maxLength: 20, nullable: false),
                Percent = table.Column<int>(nullable: false),
                FirstDay = table.Column<DateOnly>(nullable: false),
                LastDay = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Spells", x => x.Id);
                table.ForeignKey(
                    name: "FK_Spells_Cases_CaseId",
                    column: x => x.CaseId,
                    principalTable: "Cases",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_Spells_Employees_EmployeeId",
                    column: x => x.EmployeeId,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PreventionMeasures",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                PlanId = table.Column<int>(nullable: false),
                Description = table.Column<string>(maxLength: 500, nullable: false),
                ResponsibleUserId = table.Column<string>(maxLength: 450, nullable: true),
                Responsible = table.Column<string>(maxLength: 200, nullable: false),
                FollowUpOn = table.Column<DateOnly>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PreventionMeasures", x => x.Id);
                table.ForeignKey(
                    name: "FK_PreventionMeasures_PreventionPlans_PlanId",
                    column: x => x.PlanId,
                    principalTable: "PreventionPlans",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AspNetRoleClaims_RoleId",
            table: "AspNetRoleClaims",
            column: "RoleId");

        migrationBuilder.CreateIndex(
            name: "RoleNameIndex",
            table: "AspNetRoles",
            column: "NormalizedName",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserClaims_UserId",
            table: "AspNetUserClaims",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserLogins_UserId",
            table: "AspNetUserLogins",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserRoles_RoleId",
            table: "AspNetUserRoles",
            column: "RoleId");

        migrationBuilder.CreateIndex(
            name: "EmailIndex",
            table: "AspNetUsers",
            column: "NormalizedEmail");

        migrationBuilder.CreateIndex(
            name: "UserNameIndex",
            table: "AspNetUsers",
            column: "NormalizedUserName",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_AuditLog_At",
            table: "AuditLog",
            column: "At");

        migrationBuilder.CreateIndex(
            name: "IX_AuditLog_CaseId",
            table: "AuditLog",
            column: "CaseId");

        migrationBuilder.CreateIndex(
            name: "IX_CaseHistory_CaseId",
            table: "CaseHistory",
            column: "CaseId");

        migrationBuilder.CreateIndex(
            name: "IX_Cases_EmployeeId_Status",
            table: "Cases",
            columns: new[] { "EmployeeId", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_Cases_UnitId_Status",
            table: "Cases",
            columns: new[] { "UnitId", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_Conversations_CaseId",
            table: "Conversations",
            column: "CaseId");

        migrationBuilder.CreateIndex(
            name: "IX_CoordinationGroupMembers_GroupId",
            table: "CoordinationGroupMembers",
            column: "GroupId");

        migrationBuilder.CreateIndex(
            name: "IX_CoordinationGroupMembers_UserId",
            table: "CoordinationGroupMembers",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_CoordinationGroups_Name",
            table: "CoordinationGroups",
            column: "Name",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_CoordinationGroupWorkplaces_UnitId",
            table: "CoordinationGroupWorkplaces",
            column: "UnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Employees_EmployeeNumber",
            table: "Employees",
            column: "EmployeeNumber",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Employments_EmployeeId_From",
            table: "Employments",
            columns: new[] { "EmployeeId", "From" });

        migrationBuilder.CreateIndex(
            name: "IX_Employments_UnitId",
            table: "Employments",
            column: "UnitId");

        migrationBuilder.CreateIndex(
            name: "IX_PreventionMeasures_PlanId",
            table: "PreventionMeasures",
            column: "PlanId");

        migrationBuilder.CreateIndex(
            name: "IX_PreventionPlans_CaseId",
            table: "PreventionPlans",
            column: "CaseId",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Spells_CaseId",
            table: "Spells",
            column: "CaseId");

        migrationBuilder.CreateIndex(
            name: "IX_Spells_EmployeeId_Type_FirstDay",
            table: "Spells",
            columns: new[] { "EmployeeId", "Type", "FirstDay" });

        migrationBuilder.CreateIndex(
            name: "IX_UnitManagers_UnitId",
            table: "UnitManagers",
            column: "UnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Units_Code",
            table: "Units",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Units_ParentId",
            table: "Units",
            column: "ParentId");

        migrationBuilder.CreateIndex(
            name: "IX_Units_Path",
            table: "Units",
            column: "Path");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PreventionMeasures");
        migrationBuilder.DropTable(name: "Spells");
        migrationBuilder.DropTable(name: "PreventionPlans");
        migrationBuilder.DropTable(name: "Conversations");
        migrationBuilder.DropTable(name: "CaseHistory");
        migrationBuilder.DropTable(name: "UnitManagers");
        migrationBuilder.DropTable(name: "Employments");
        migrationBuilder.DropTable(name: "CoordinationGroupWorkplaces");
        migrationBuilder.DropTable(name: "Cases");
        migrationBuilder.DropTable(name: "CoordinationGroupMembers");
        migrationBuilder.DropTable(name: "AspNetUserTokens");
        migrationBuilder.DropTable(name: "AspNetUserRoles");
        migrationBuilder.DropTable(name: "AspNetUserLogins");
        migrationBuilder.DropTable(name: "AspNetUserClaims");
        migrationBuilder.DropTable(name: "AspNetRoleClaims");
        migrationBuilder.DropTable(name: "Units");
        migrationBuilder.DropTable(name: "IdempotencyRecords");
        migrationBuilder.DropTable(name: "Employees");
        migrationBuilder.DropTable(name: "CoordinationGroups");
        migrationBuilder.DropTable(name: "AuditLog");
        migrationBuilder.DropTable(name: "AspNetUsers");
        migrationBuilder.DropTable(name: "AspNetRoles");
    }
}
